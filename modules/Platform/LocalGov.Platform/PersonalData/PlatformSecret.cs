using LocalGov.Platform.Data;

namespace LocalGov.Platform.PersonalData;

/// <summary>A deployment secret, stored encrypted with the Data Protection keys.</summary>
public sealed class PlatformSecret : INotAudited
{
    private PlatformSecret() { } // EF Core

    public PlatformSecret(string name, string protectedValue)
    {
        Name = name;
        ProtectedValue = protectedValue;
    }

    public string Name { get; private set; } = "";
    public string ProtectedValue { get; private set; } = "";
}
