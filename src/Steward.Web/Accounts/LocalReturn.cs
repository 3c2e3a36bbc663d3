namespace Steward.Web.Accounts;

/// <summary>Where to go after signing in: only a path on this site (never another host), else the account page.</summary>
public static class LocalReturn
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not ('/' or '\\') && !url.Contains("://", StringComparison.Ordinal) ? url : "/account";
}
