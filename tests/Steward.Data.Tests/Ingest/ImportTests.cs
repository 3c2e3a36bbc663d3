using Steward.Data.Ingest;
using Steward.Ocds.Reading;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

public sealed class ImportTests
{
    private const string Jan = "2025-01-10T09:00:00Z";
    private const string Feb = "2025-02-10T09:00:00Z";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_EveryRealFile_StoresEachReleaseAndProcess(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var files = Directory.EnumerateFiles(SharedData.Require("ocds"), "*.json*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // Act
        using (var importer = Steward.Data.Ingest.StewardImporter.Open(database.Target, Clock))
        {
            foreach (var file in files)
            {
                importer.Import(file);
            }
        }

        var stats = database.Statistics();

        // Assert: 612 releases in the files plus the 2 inside the Mexican records; 607 processes (see RealFilesCompileTests).
        Assert.Equal(614, stats.Releases);
        Assert.Equal(607, stats.Records);
        Assert.Equal(new DateTime(2014, 12, 17, 16, 44, 56), stats.FirstReleaseDate);
        Assert.True(stats.Organisations > stats.Buyers, "buyers and suppliers are organisations");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_TimesEachStep_InTheOrderTheyRun(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var file = SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json");
        string[] steps = [ImportStep.Reading, ImportStep.Applying, ImportStep.Compiling, ImportStep.Figures, ImportStep.Committing];

        // Act
        var first = ImportFile(database, file);
        var again = ImportFile(database, file);

        // Assert: a first import and one that changes nothing both go through every step.
        foreach (var result in new[] { first, again })
        {
            Assert.Equal(steps, result.Steps.Select(s => s.Name));
            Assert.All(result.Steps, s => Assert.True(s.Wall >= TimeSpan.Zero && s.Cpu >= TimeSpan.Zero, $"{s.Name}: {s.Wall}, {s.Cpu}"));
        }

        Assert.True(first.Steps.Single(s => s.Name == ImportStep.Compiling).Wall > TimeSpan.Zero, "94 processes were compiled");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_SameDataTwice_ChangesNothing(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var file = SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json");
        var first = ImportFile(database, file);
        var before = Dump(database);

        // Act
        var second = ImportFile(database, file);

        // Assert
        Assert.Equal((100, 0, 0, 94), (first.New, first.Changed, first.Skipped, first.Records));
        Assert.Equal((0, 0, 100, 0), (second.New, second.Changed, second.Skipped, second.Records));
        Assert.Equal(before, Dump(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_NewRelease_RecompilesOnlyItsOwnProcess(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(
            Release("ocds-abc123-1", "r1", Jan, """ "tender":{"id":"t","title":"First","status":"active"} """),
            Release("ocds-abc123-2", "r1", Jan, """ "tender":{"id":"t","title":"Second"} """)));

        // Act
        var result = ImportText(database, Release("ocds-abc123-1", "r2", Feb, """ "tender":{"id":"t","status":"complete"} """));

        // Assert
        Assert.Equal((1, 0, 0, 1), (result.New, result.Changed, result.Skipped, result.Records));
        using var context = database.Context();
        var process = context.Processes.Single(p => p.Ocid == "ocds-abc123-1");
        Assert.Equal(("First", "complete"), (process.Title, process.Status));
        Assert.Equal(2, context.Records.Single(r => r.Ocid == "ocds-abc123-1").ReleaseCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ReleasesOfOneDate_TheLaterInTheInputWins_InAnEmptyStoreOrNot(string provider)
    {
        // Arrange: two releases of one process on the same date, the one keyed "r2" first in the input; into an empty
        // store (SQLite writes the releases straight into the table) and into one that holds a release already.
        using var empty = TestDatabase.Create(provider);
        using var held = TestDatabase.Create(provider);
        ImportText(held, Release("ocds-abc123-9", "r1", Jan));
        var input = Lines(
            Release("ocds-abc123-1", "r2", Jan, """ "tender":{"id":"t","title":"Earlier in the input"} """),
            Release("ocds-abc123-1", "r1", Jan, """ "tender":{"id":"t","title":"Later in the input"} """));

        // Act
        ImportText(empty, input);
        ImportText(held, input);

        // Assert: merged in input order (ties keep it), not in the keys' order.
        foreach (var database in new[] { empty, held })
        {
            using var context = database.Context();
            Assert.Equal("Later in the input", context.Processes.Single(p => p.Ocid == "ocds-abc123-1").Title);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_LargeReleasesAmongSmallOnes_KeepTheInputsOrder_AndTheirWarnings(string provider)
    {
        // Arrange: releases of 100 KB (handed from the reading thread to the preparing one without a copy, the reader
        // waiting) among small ones (copied, several at a time): ties of dates either way round, and amounts too
        // large for the figures in both kinds.
        var large = new string('x', 100_000);
        var input = Lines(
            Release("ocds-abc123-1", "r2", Jan, """ "tender":{"id":"t","title":"Small, earlier"} """),
            Release("ocds-abc123-1", "r1", Jan, $$""" "tender":{"id":"t","title":"Large, later","description":"{{large}}"} """),
            Release("ocds-abc123-2", "r1", Jan, """ "tender":{"id":"t","value":{"amount":1e30}} """),
            Release("ocds-abc123-3", "r1", Jan, $$$""" "tender":{"id":"t","title":"Large, earlier","description":"{{{large}}}","value":{"amount":2e30}} """),
            Release("ocds-abc123-3", "r2", Jan, """ "tender":{"id":"t","title":"Small, later"} """),
            Release("ocds-abc123-4", "r1", Jan, """ "tender":{"id":"t","value":{"amount":3e30}} """));
        using var database = TestDatabase.Create(provider);

        // Act
        var result = ImportText(database, input);

        // Assert
        Assert.Equal(6, result.New);
        using var context = database.Context();
        Assert.Equal("Large, later", context.Processes.Single(p => p.Ocid == "ocds-abc123-1").Title);
        Assert.Equal("Small, later", context.Processes.Single(p => p.Ocid == "ocds-abc123-3").Title);
        Assert.Equal(["ocds-abc123-2", "ocds-abc123-3", "ocds-abc123-4"],
            result.Problems.Where(p => p.Code == "amount-too-large").Select(p => p.Ocid));
        Assert.Equal([3L, 4L, 6L], result.Problems.Where(p => p.Code == "amount-too-large").Select(p => p.Location!.Line));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ReleaseRepublishedWithChanges_IsUpdated(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Release("ocds-abc123-1", "r1", Jan, """ "tender":{"id":"t","title":"Draft"} """));

        // Act
        var result = ImportText(database, Release("ocds-abc123-1", "r1", Jan, """ "tender":{"id":"t","title":"Final"} """));

        // Assert
        Assert.Equal((0, 1, 0, 1), (result.New, result.Changed, result.Skipped, result.Records));
        using var context = database.Context();
        Assert.Equal("Final", context.Processes.Single().Title);
        Assert.Equal(1, context.Releases.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_FileThatFailsPartWay_LeavesTheDatabaseAsBefore(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Release("ocds-abc123-1", "r1", Jan, """ "tender":{"id":"t","title":"Kept"} """));
        var before = Dump(database);
        var broken = Lines(
            Release("ocds-abc123-1", "r2", Feb, """ "tender":{"id":"t","title":"Not kept"} """),
            Release("ocds-abc123-3", "r1", Feb),
            """{"ocid":"ocds-abc123-4","id":""");

        // Act
        var error = Assert.Throws<OcdsReadException>(() => ImportText(database, broken, "broken.jsonl"));

        // Assert
        Assert.Equal(3, error.Location.Line);
        Assert.EndsWith("broken.jsonl", error.Location.Source, StringComparison.Ordinal);
        Assert.Equal(before, Dump(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_AfterAFailedFile_TheNextFileStillImports(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        using var folder = new TempFolder();
        var broken = folder.Write("broken.json", """{"releases":[{"ocid":"ocds-abc123-9","id":"x","parties":[{"id":"GB-COH-1","identifier":{"scheme":"GB-COH","id":"1"}}]}""");
        var good = folder.Write("good.json", Release("ocds-abc123-1", "r1", Jan, """ "parties":[{"id":"GB-COH-1","name":"A Ltd","identifier":{"scheme":"GB-COH","id":"1"},"roles":["buyer"]}] """));
        using var importer = Steward.Data.Ingest.StewardImporter.Open(database.Target, Clock);

        // Act
        Assert.Throws<OcdsReadException>(() => importer.Import(broken));
        var result = importer.Import(good);

        // Assert
        Assert.Equal(1, result.New);
        using var context = database.Context();
        Assert.Equal("GB-COH-00000001", context.Organisations.Single().Id);
        Assert.Equal(1, context.OrganisationIdentifiers.Count());
    }
}
