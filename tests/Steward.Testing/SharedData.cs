using Xunit;

namespace Steward.Testing;

/// <summary>
/// Finds the real OCDS files and schemas in <c>../shared/data</c> beside the repository. Tests that need them
/// call <see cref="Require"/>, which reports the test as skipped, with the reason, when they are absent (as on a
/// fresh clone without <c>../shared</c>). <c>STEWARD_SHARED_DATA</c> may point elsewhere.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    /// <summary>The <c>shared/data</c> folder, or null when it cannot be found.</summary>
    public static string? Root => LazyRoot.Value;

    /// <summary>The OCDS 1.1.5 schema folder with its extensions (<c>shared/data/schema</c>).</summary>
    public static string SchemaFolder => Require("schema");

    /// <summary>
    /// The full path of a file or folder under <c>shared/data</c>; skips the calling test when it is missing.
    /// </summary>
    public static string Require(string relativePath)
    {
        if (Root is not { } root)
        {
            Assert.Skip("../shared/data is not beside this repository (a fresh clone); real-data tests need it. " +
                        "Set STEWARD_SHARED_DATA to its path to run them.");
            return string.Empty;
        }

        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{relativePath} is not in {root}; this real-data test needs it.");
        }

        return path;
    }

    /// <summary>A file under <c>shared/data/ocds</c>.</summary>
    public static string Ocds(string relativePath) => Require(Path.Combine("ocds", relativePath));

    /// <summary>
    /// Every OCDS file under <c>shared/data/ocds</c> in name order, as <c>steward import ../shared/data/ocds</c> reads
    /// them; skips the calling test when the folder is absent.
    /// </summary>
    public static IReadOnlyList<string> AllOcdsFiles() =>
        Directory.EnumerateFiles(Require("ocds"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("STEWARD_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Steward.slnx")))
            {
                var data = Path.Combine(folder.FullName, "..", "shared", "data");
                return Directory.Exists(data) ? Path.GetFullPath(data) : null;
            }
        }

        return null;
    }
}
