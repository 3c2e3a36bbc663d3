namespace Steward.Ocds.Validation;

/// <summary>
/// The folder name an extension is kept under in a schema folder, from the URL of its <c>extension.json</c>:
/// the EU profile is <c>eu-profile</c>; a GitHub-hosted extension is its repository name without the
/// <c>ocds_</c> prefix and <c>_extension</c> suffix (<c>cabinetoffice/ocds_uk_extension</c> → <c>uk</c>,
/// <c>open-contracting-extensions/ocds_bid_extension</c> → <c>bid</c>); anything else, a name made from its URL.
/// </summary>
public static class ExtensionNames
{
    /// <summary>The folder name for an extension URL.</summary>
    public static string FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Contains("/profiles/eu/", StringComparison.Ordinal))
        {
            return "eu-profile";
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var repository = uri.Host switch
            {
                "raw.githubusercontent.com" when segments.Length >= 2 => segments[1],
                "github.com" when segments.Length >= 2 => segments[1],
                _ => null,
            };
            if (repository is not null)
            {
                var name = repository;
                if (name.StartsWith("ocds_", StringComparison.Ordinal))
                {
                    name = name[5..];
                }

                if (name.EndsWith("_extension", StringComparison.Ordinal))
                {
                    name = name[..^10];
                }

                return Safe(name);
            }
        }

        return Safe(url.Replace("://", "_", StringComparison.Ordinal));
    }

    private static string Safe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
