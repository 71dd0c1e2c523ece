using LocalGov.Platform.Data;

namespace LocalGov.Platform.Web;

/// <summary>An ASP.NET Data Protection key kept in the database, so every host node reads the same cookies.</summary>
public sealed class DataProtectionKey : INotAudited
{
    private DataProtectionKey() { } // EF Core

    public DataProtectionKey(string friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }
    public string FriendlyName { get; private set; } = "";
    public string Xml { get; private set; } = "";
}
