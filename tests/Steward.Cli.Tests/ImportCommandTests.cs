using System.Text.Json.Nodes;
using Steward.Testing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task ImportThenStats_RealFolder_CountsWhatWasStored()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");

        // Act
        var import = await Run("import", SharedData.Ocds("fts-pa2023"), "--db", db);
        var stats = await Run("stats", "--db", db, "--json");

        // Assert
        Assert.Equal(0, import.Exit);
        Assert.Contains("releases 15 new, 0 changed, 0 skipped", import.Error, StringComparison.Ordinal);
        var json = JsonNode.Parse(stats.Out)!;
        Assert.Equal(15, (int?)json["releases"]);
        Assert.Equal(14, (int?)json["records"]); // 15 release objects, one a copy of another's process without its id
        foreach (var key in new[] { "organisations", "buyers", "suppliers", "awards", "contracts", "firstReleaseDate", "lastReleaseDate" })
        {
            Assert.NotNull(json[key]);
        }

        Assert.Equal("2026-09-03T22:31:32Z", (string?)json["lastReleaseDate"]);
    }

    [Fact]
    public async Task Import_Timings_ShowEachStepOfEachInput_AndTheRefresh_OnlyWhenAsked()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var file = SharedData.Ocds("fts/fts_032703-2026_UK4-tender_2026-04-10.json");

        // Act
        var timed = await Run("import", file, "--db", db, "--timings");
        var plain = await Run("import", file, "--db", db);

        // Assert
        Assert.Equal(0, timed.Exit);
        Assert.Matches(
            $@"steward import: {System.Text.RegularExpressions.Regex.Escape(file)} took \d+\.\d\d s: reading \d+\.\d\d s, applying \d+\.\d\d s, " +
            @"compiling \d+\.\d\d s, figures \d+\.\d\d s, commit \d+\.\d\d s; CPU \d+\.\d\d s; peak memory [\d,]+ MB",
            timed.Error);
        Assert.Matches(@"steward import: refreshing the stored figures took \d+\.\d\d s", timed.Error);
        Assert.Equal(0, plain.Exit);
        Assert.DoesNotContain(" took ", plain.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StandardInputAndEnvironmentDatabase_AreUsed()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("from-env.db");
        const string release = """{"ocid":"ocds-abc123-1","id":"1","date":"2025-01-01T00:00:00Z","tag":["tender"],"tender":{"id":"t","title":"T"}}""";

        // Act
        var result = await RunWith(release, name => name == "STEWARD_DB" ? db : null, "import", "-");

        // Assert
        Assert.Equal(0, result.Exit);
        Assert.True(File.Exists(db));
        Assert.Contains("releases 1 new", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OneUnreadableFileAmongGoodOnes_ExitsTwoAndStoresTheOthers()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var bad = folder.Write("bad.json", "{\"releases\": [ {\"ocid\": }");

        // Act
        var result = await Run("import", bad, SharedData.Ocds("fts/fts_032703-2026_UK4-tender_2026-04-10.json"), "--db", db);
        var stats = await Run("stats", "--db", db, "--json");

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{bad}:1 (byte", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing from this file was stored", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (int?)JsonNode.Parse(stats.Out)!["releases"]);
    }

    [Fact]
    public async Task Import_FolderWithoutOcdsFiles_ExitsTwo()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("notes.txt", "nothing here");

        // Act
        var result = await Run("import", folder.Path, "--db", folder.File("steward.db"));

        // Assert
        Assert.Equal(2, result.Exit);
        Assert.Contains("holds no .json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_NewFile_AppliesTheMigrationsOnce()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");

        // Act
        var first = await Run("db", "migrate", "--db", db);
        var second = await Run("db", "migrate", "--db", db);

        // Assert
        Assert.Equal(0, first.Exit);
        Assert.Contains("applied", first.Error, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_KilledPartWayThenRunAgain_GivesTheSameDatabaseAsOneCleanRun()
    {
        // Arrange: a file big enough that the import is still running when it is killed.
        using var folder = new TempFolder();
        var file = folder.Write("big.jsonl", string.Concat(Enumerable.Range(0, 20_000).Select(i =>
            $$"""{"ocid":"ocds-abc123-{{i % 5000}}","id":"r{{i / 5000}}","date":"2025-01-0{{1 + (i / 5000)}}T00:00:00Z","tag":["tender"],"tender":{"id":"t","title":"Process {{i % 5000}}","description":"{{new string('d', 300)}}"},"parties":[{"id":"GB-COH-{{i % 700}}","name":"Supplier {{i % 700}}","identifier":{"scheme":"GB-COH","id":"{{i % 700}}"},"roles":["supplier"]}]}""" + "\n")));
        var killed = folder.File("killed.db");
        var clean = folder.File("clean.db");

        // Act
        using (var process = StewardProcess.Start("import", file, "--db", killed))
        {
            await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken); // the import has started
            await Task.Delay(TimeSpan.FromMilliseconds(700), TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var again = await Run("import", file, "--db", killed);
        var once = await Run("import", file, "--db", clean);

        // Assert
        Assert.Equal(0, again.Exit);
        Assert.Equal(0, once.Exit);
        Assert.Equal(StewardProcess.Fingerprint(clean), StewardProcess.Fingerprint(killed));
        Assert.Contains("5,000 records", StewardProcess.Fingerprint(clean).Split('\n')[0], StringComparison.Ordinal);
    }
}
