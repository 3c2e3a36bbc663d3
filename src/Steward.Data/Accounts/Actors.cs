namespace Steward.Data.Accounts;

/// <summary>
/// How the audit trail names who made a change: an account or a machine token by its id (pseudonymous), a command-line
/// user by the role or team given with <c>--by</c>, or Steward itself. Never a name or an e-mail.
/// </summary>
public static class Actors
{
    public const string System = "system";

    public static string Account(string accountId) => $"account:{accountId}";

    public static string Token(string tokenId) => $"token:{tokenId}";

    /// <summary>A command-line user: the text given with --by (a role or team, as the docs ask).</summary>
    public static string Cli(string by) => $"cli:{by.Trim()}";

    /// <summary>The account id in an <c>account:ID</c> actor, else null.</summary>
    public static string? AccountIdOf(string actor) =>
        actor.StartsWith("account:", StringComparison.Ordinal) ? actor["account:".Length..] : null;
}
