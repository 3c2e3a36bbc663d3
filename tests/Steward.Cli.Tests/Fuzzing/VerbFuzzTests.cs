using System.Text;
using CsCheck;
using Steward.Data;
using Steward.Testing;
using Steward.Testing.Fuzzing;
using static Steward.Cli.Tests.CliHarness;

namespace Steward.Cli.Tests.Fuzzing;

/// <summary>
/// Every verb that reads a file, on generated hostile files (issue 17), asserting only the contract: exit 0, 1 or 2;
/// never an unexpected error or a stack trace; exit 2 names the file; an import that refuses a file leaves the store
/// as it was. Then the store's reports run over whatever was imported. Fixed seeds and counts.
/// </summary>
public sealed class VerbFuzzTests
{
    private static readonly string[][] OcdsVerbs = [["compile"], ["compile", "--versioned", "--package"], ["upgrade"], ["normalise"], ["detect"]];

    [Fact]
    public async Task OcdsVerbsAndImport_HostileFiles_KeepTheContract()
    {
        // Arrange
        using var folder = new TempFolder();
        var db = folder.File("steward.db");
        var target = DatabaseTarget.Parse(db);
        var path = folder.File("hostile.json");

        await FuzzCases.CheckAsync(HostileInput.File, 60, 2026, async bytes =>
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            foreach (var verb in OcdsVerbs)
            {
                // Act and assert
                Contract(await Run([.. verb, path]), path);
            }

            var before = File.Exists(db) ? StoreSnapshot.Take(target) : null;
            var import = await Run("import", path, "--db", db);
            Contract(import, path);
            if (import.Exit == 2 && before is not null)
            {
                Assert.Equal(before, StoreSnapshot.Take(target));
            }
        }, HostileInput.Show);

        // The store's readers take whatever was imported.
        foreach (var args in new[] { new[] { "stats" }, ["report", "buyers"], ["report", "markets"], ["report", "suppliers"], ["flags"], ["organisations", "suggestions"], ["db", "rebuild"] })
        {
            var result = await Run([.. args, "--db", db]);
            Assert.True(result.Exit == 0, $"{string.Join(' ', args)}: exit {result.Exit}: {result.Error}");
        }
    }

    [Fact]
    public async Task Validate_HostileFiles_KeepTheContract()
    {
        // Arrange
        var schema = SharedData.SchemaFolder;
        using var folder = new TempFolder();
        var path = folder.File("hostile.json");

        await FuzzCases.CheckAsync(HostileInput.File, 25, 2027, async bytes =>
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

            // Act and assert
            Contract(await Run("validate", "--schema", schema, path), path);
        }, HostileInput.Show);
    }

    [Fact]
    public async Task JsonVerbs_HostileDocuments_KeepTheContract()
    {
        // Arrange: any JSON where a profile, a design, bids, costs or an SROI analysis belong.
        using var folder = new TempFolder();
        var path = folder.File("document.json");
        var db = folder.File("steward.db");
        var documents = Gen.Frequency(
            (3, HostileJson.Any.Select(n => HostileInput.Bytes(n?.ToJsonString() ?? "null"))),
            (1, HostileInput.File));

        await FuzzCases.CheckAsync(documents, 60, 2028, async bytes =>
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            foreach (var args in new[]
                     {
                         new[] { "suppliers", "classify", path }, ["suppliers", "add", path, "--db", db, "--by", "fuzz"], ["suppliers", "costs", path, path],
                         ["tenders", "check", path], ["tenders", "score", path, path], ["suppliers", "eligibility", path, "--reservation", "s32", "--db", db],
                         ["sroi", path, "--format", "json"],
                     })
            {
                // Act and assert
                Contract(await Run(args), path);
            }
        }, HostileInput.Show);
    }

    [Fact]
    public async Task SuppliersImportAndUnitCosts_HostileCsv_KeepTheContract()
    {
        // Arrange: lines of commas, quotes, line breaks and text.
        using var folder = new TempFolder();
        var path = folder.File("suppliers.csv");
        var db = folder.File("steward.db");
        var cell = Gen.OneOf(Gen.Const("Acme Ltd"), Gen.Const("\""), Gen.Const("\"quoted, text\""), Gen.Const(""), Gen.Const("01234567"),
            Gen.Const("yes"), Gen.Const("12"), Gen.Const("x\"y"), Gen.Const("\ud83d\ude00"), Gen.Const("=cmd()"));
        var lines = cell.Array[0, 5].Select(cells => string.Join(',', cells)).Array[0, 8];

        await FuzzCases.CheckAsync(lines, 60, 2029, async rows =>
        {
            await File.WriteAllTextAsync(path, "name,companiesHouse,employees\n" + string.Join('\n', rows) + "\n", Encoding.UTF8, TestContext.Current.CancellationToken);

            // Act
            var result = await Run("suppliers", "import", path, "--db", db, "--by", "fuzz");
            var unitCosts = await Run("suppliers", "unit-costs", path);

            // Assert
            Contract(result, path);
            Contract(unitCosts, path);
        }, rows => string.Join("\n", rows));
    }

    private static void Contract(Result result, string path)
    {
        Assert.True(result.Exit is 0 or 1 or 2, $"exit {result.Exit}");
        Assert.False(result.Error.Contains("unexpected error", StringComparison.Ordinal) || result.Error.Contains("   at ", StringComparison.Ordinal),
            result.Error.Length > 3000 ? result.Error[..3000] : result.Error);
        if (result.Exit == 2)
        {
            Assert.True(result.Error.Contains(path, StringComparison.Ordinal) || result.Error.Contains("document.json", StringComparison.Ordinal),
                $"exit 2 without naming the file: {result.Error}");
        }
    }
}
