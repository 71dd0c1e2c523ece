namespace LocalGov.Platform.Emailing;

/// <summary>How the SMTP connection is secured (<c>Email:Security</c>); the names follow MailKit's <c>SecureSocketOptions</c>.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS from the first byte on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>Plain text, never TLS (a relay on the same host or network).</summary>
    None,

    /// <summary>STARTTLS, required: the message is not sent if the server does not offer it.</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain text otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte ("SMTPS", usually port 465).</summary>
    SslOnConnect,
}
