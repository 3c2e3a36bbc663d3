namespace Steward.Data.Accounts;

/// <summary>
/// Who makes a change: <see cref="Actor"/> goes into the audit trail (an account's id, a token's id, or the CLI's
/// --by text), <see cref="Shown"/> into public histories (a role and organisation, or a team; never a person's name).
/// </summary>
public sealed record ActingParty(string Actor, string Shown)
{
    /// <summary>A command-line user known only by the role or team given with --by.</summary>
    public static ActingParty Cli(string by) => new(Actors.Cli(by), by.Trim());
}
