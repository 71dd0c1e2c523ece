namespace LocalGov.Platform.Emailing;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    /// <summary>
    /// Kept from System.Net.Mail: <c>true</c> means STARTTLS, required. Read only when <see cref="Security"/> is not set,
    /// so an old configuration behaves as before (<c>false</c>: plain text).
    /// </summary>
    public bool EnableSsl { get; set; }
    /// <summary>How the connection is secured; when set it wins over <see cref="EnableSsl"/>.</summary>
    public SmtpSecurity? Security { get; set; }
    /// <summary>The security in force: <see cref="Security"/> if set, else <see cref="EnableSsl"/> as System.Net.Mail read it.</summary>
    public SmtpSecurity EffectiveSecurity => Security ?? (EnableSsl ? SmtpSecurity.StartTls : SmtpSecurity.None);
    /// <summary>When set, the transport authenticates (once per connection) with this name and <see cref="Password"/>.</summary>
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
