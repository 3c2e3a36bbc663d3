namespace Steward.Ocds.Validation;

/// <summary>
/// A folder laid out like <c>shared/data/schema</c>: <c>ocds-1.1.5/</c> with the release, package schemas and
/// <c>codelists/</c>; and <c>extensions/&lt;name&gt;/</c> with <c>extension.json</c>, <c>release-schema.json</c>
/// and <c>codelists/</c> for each extension (names from <see cref="ExtensionNames"/>).
/// </summary>
public sealed class SchemaFolder(string root)
{
    /// <summary>The OCDS version whose schema Steward validates against.</summary>
    public const string CoreFolder = "ocds-1.1.5";

    public string Root { get; } = Path.GetFullPath(root);

    public string Core => Path.Combine(Root, CoreFolder);

    public string ReleaseSchema => Path.Combine(Core, "release-schema.json");

    public string ReleasePackageSchema => Path.Combine(Core, "release-package-schema.json");

    public string RecordPackageSchema => Path.Combine(Core, "record-package-schema.json");

    public string CoreCodelists => Path.Combine(Core, "codelists");

    /// <summary>The folder of the extension at <paramref name="url"/>.</summary>
    public string Extension(string url) => Path.Combine(Root, "extensions", ExtensionNames.FromUrl(url));

    /// <summary>True when the core schema is present.</summary>
    public bool HasCore => File.Exists(ReleaseSchema) && File.Exists(ReleasePackageSchema) && File.Exists(RecordPackageSchema);

    /// <summary>True when the extension at <paramref name="url"/> is present.</summary>
    public bool HasExtension(string url) => File.Exists(Path.Combine(Extension(url), "extension.json"));

    /// <summary>
    /// The default cache: <c>STEWARD_SCHEMA_CACHE</c>, else <c>$XDG_CACHE_HOME/steward/schema</c>, else
    /// <c>~/.cache/steward/schema</c>.
    /// </summary>
    public static string DefaultCache()
    {
        var configured = Environment.GetEnvironmentVariable("STEWARD_SCHEMA_CACHE");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cache = !string.IsNullOrEmpty(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "steward", "schema");
    }
}
