using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

/// <summary>
/// The checked-in corpus of every bad input issue 17 found (Corpus/), through every verb that reads OCDS: each is an
/// ordinary problem or refusal naming its place, with the exit code the contract gives, never an unexpected error.
/// </summary>
public sealed class RegressionCorpusTests
{
    private static readonly string[] Rewriters = ["compile", "normalise", "upgrade", "detect"];

    /// <summary>An empty, migrated store, copied for each import case (migrating one per case is most of their time).</summary>
    private static readonly Lazy<string> EmptyStore = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "steward-tests", $"corpus-empty-{Environment.ProcessId}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Data.DatabaseMigrator.Migrate(Data.DatabaseTarget.Parse(path));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    });

    public static TheoryData<string, string, int, string> Cases()
    {
        var cases = new TheoryData<string, string, int, string>();
        void All(string file, int importExit, int rewriteExit, string expected)
        {
            cases.Add(file, "import", importExit, expected);
            foreach (var verb in Rewriters)
            {
                cases.Add(file, verb, rewriteExit, verb == "detect" && rewriteExit == 0 ? string.Empty : expected);
            }
        }

        All("awards-not-objects.json", 0, 0, string.Empty);
        All("contracts-not-objects.json", 0, 0, string.Empty);
        All("lone-surrogate-value.json", 0, 0, "(lone-surrogate)");
        All("lone-surrogate-key.json", 0, 0, "(lone-surrogate)");
        All("duplicate-keys.json", 0, 0, "[at tender/title] the key `title` appears more than once");
        All("invalid-utf8.json", 0, 0, "[at tender/title] this text holds bytes that are not UTF-8");
        All("deep-nesting.json", 2, 2, "depth");
        All("utf32.json", 2, 2, "is UTF-32 text");
        All("truncated.jsonl.gz", 2, 2, "gzip data is truncated");
        cases.Add("numeric-ocid.json", "import", 1, "`ocid` is a number (123)");
        cases.Add("long-ocid.json", "import", 1, "`ocid` is 312 characters long, more than the 256");
        cases.Add("huge-amount.json", "import", 0, "[ocid ocds-abc123-h1, release 1, at tender/value/amount] the amount 1e30 is larger");
        cases.Add("awards-not-objects.json", "validate", 1, "at awards/0]");
        cases.Add("contracts-not-objects.json", "validate", 1, "at contracts/0]");
        cases.Add("lone-surrogate-value.json", "validate", 0, "(lone-surrogate)");
        cases.Add("invalid-utf8.json", "validate", 0, "(invalid-utf8)");
        cases.Add("duplicate-keys.json", "validate", 1, "(duplicate-key)");
        cases.Add("utf32.json", "validate", 2, "is UTF-32 text");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_CorpusCase_GivesItsExitAndNamesThePlace(string file, string verb, int exit, string expected)
    {
        // Arrange
        using var folder = new TempFolder();
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", file);
        if (verb == "import")
        {
            File.Copy(EmptyStore.Value, folder.File("steward.db"));
        }

        string[] args = verb switch
        {
            "import" => ["import", path, "--db", folder.File("steward.db")],
            "validate" => ["validate", "--schema", SharedData.SchemaFolder, path],
            _ => [verb, path],
        };

        // Act
        var result = await Run(args);

        // Assert
        Assert.Equal(exit, result.Exit);
        Assert.Contains(expected, result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        if (exit == 2)
        {
            Assert.Contains(path, result.Error, StringComparison.Ordinal);
        }

        if (verb == "import" && exit == 2)
        {
            Assert.Contains($"not stored: {path}", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Compile_FreeTextWithAPhoneAndAnAddress_WritesThemMasked()
    {
        // Arrange
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "personal-data-in-text.json");

        // Act
        var result = await Run("compile", path);

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("0416 123 462", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("andrew.doherty@", result.Out, StringComparison.Ordinal);
        Assert.Contains("Contact Andrew Doherty on [phone number removed] or [e-mail address removed]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ReleaseOverTheLimit_IsRefusedNamingTheLimitAndTheRunGoesOn()
    {
        // Arrange: a release of 1.5 MiB against a 1 MiB limit, then a good file.
        using var folder = new TempFolder();
        var big = folder.Write("big.json", $"{{\"ocid\":\"ocds-abc123-b1\",\"id\":\"1\",\"description\":\"{new string('z', 1_500_000)}\"}}\n");
        var good = folder.Write("good.json", "{\"ocid\":\"ocds-abc123-g1\",\"id\":\"1\",\"date\":\"2024-01-01T00:00:00Z\"}\n");
        var db = folder.File("steward.db");

        // Act
        var result = await Run("import", big, good, "--db", db, "--max-release-mb", "1");
        var stats = await Run("stats", "--db", db, "--json");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{big}:1 (byte 0): this release is larger than 1 MB", result.Error, StringComparison.Ordinal);
        Assert.Contains($"1 of 2 inputs", result.Error, StringComparison.Ordinal);
        Assert.Contains($"not stored: {big}", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (int?)System.Text.Json.Nodes.JsonNode.Parse(stats.Out)!["releases"]);
    }
}
