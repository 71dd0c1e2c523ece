namespace LocalGov.Platform.Emailing;

public static class EmailAddress
{
    /// <summary>A single plain address (no display name) with a dotted domain: what a form should accept.</summary>
    public static bool IsPlausible(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 320)
        {
            return false;
        }
        try
        {
            var parsed = new System.Net.Mail.MailAddress(address.Trim());
            return parsed.Address == address.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
