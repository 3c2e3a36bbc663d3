using System.ComponentModel.DataAnnotations;

namespace Steward.Web.Hosting;

/// <summary>Accounts' settings (section <c>Steward:Accounts</c>); docs/accounts.md lists them with their defaults.</summary>
public sealed class AccountOptions
{
    public const string Section = "Steward:Accounts";

    /// <summary>Shortest password (NCSC guidance: length over complexity rules).</summary>
    [Range(8, 128)]
    public int PasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    [Range(3, 100)]
    public int LockoutAttempts { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A session ends after this long without a request.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 60;

    /// <summary>How long an invitation link works, by default.</summary>
    [Range(1, 168)]
    public int InvitationHours { get; set; } = 72;

    /// <summary>Sign-in and reset attempts one client (IP address) may make per minute.</summary>
    [Range(1, 10_000)]
    public int SignInsPerMinute { get; set; } = 10;
}
