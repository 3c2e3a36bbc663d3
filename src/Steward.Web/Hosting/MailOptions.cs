using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>
/// Outgoing mail (section <c>Steward:Mail</c>): e-mail confirmation, password reset and invitations. With no
/// <see cref="Host"/> and no <see cref="PickupFolder"/>, nothing is sent and the pages say so; the password comes
/// only from configuration or the environment (<c>Steward__Mail__Password</c>).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Steward:Mail";

    /// <summary>The SMTP server, e.g. <c>smtp.example.gov.uk</c>.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>starttls</c> (the default: refuse a server that cannot), <c>tls</c> (TLS from the start, port 465) or <c>none</c> (loopback tests only).</summary>
    [RegularExpression("^(starttls|tls|none)$")]
    public string Security { get; set; } = "starttls";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Steward &lt;no-reply@steward.example&gt;</c>.</summary>
    public string From { get; set; } = "Steward <no-reply@localhost>";

    /// <summary>Instead of SMTP, write each message as an .eml file here (for a developer's machine).</summary>
    public string? PickupFolder { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupFolder);
}
