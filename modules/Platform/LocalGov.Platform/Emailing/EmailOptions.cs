namespace LocalGov.Platform.Emailing;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@localgov.local";
    public string FromName { get; set; } = "LocalGov";
    /// <summary>When set, mail is written as .eml files here instead of sent (handy on a laptop).</summary>
    public string? PickupDirectory { get; set; }
    public int PollSeconds { get; set; } = 15;
    public int BatchSize { get; set; } = 50;
    public int RetryBaseSeconds { get; set; } = 30;
    public int RetryMaxSeconds { get; set; } = 3600;
    /// <summary>With the defaults (30 s doubling to 1 h) 60 attempts span about 2½ days: a weekend SMTP outage loses nothing.</summary>
    public int MaxAttempts { get; set; } = 60;
    public int SmtpTimeoutSeconds { get; set; } = 30;
}
