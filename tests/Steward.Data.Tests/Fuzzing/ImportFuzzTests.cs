using Steward.Data.Analytics;
using Steward.Data.Ingest;
using Steward.Ocds.Reading;
using Steward.Testing;
using Steward.Testing.Fuzzing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Fuzzing;

/// <summary>
/// The store's contract on generated hostile input (issue 17): each input is imported, with its problems named by
/// place, or refused as unreadable with the store exactly as it was; what was imported can be rebuilt and read by
/// the analytics. Fixed seeds and counts.
/// </summary>
public sealed class ImportFuzzTests
{
    private const string Source = "fuzz.json";

    [Theory]
    [InlineData("sqlite", 120)]
    [InlineData("postgres", 40)]
    public void Import_HostileInputs_StoresOrRefusesLeavingTheStoreAsItWas(string provider, int cases)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        using var importer = StewardImporter.Open(database.Target, Clock);
        var imported = 0;

        FuzzCases.Check(HostileInput.File, cases, 4242, bytes =>
        {
            var before = StoreSnapshot.Take(database.Target);

            // Act
            ImportResult? result = null;
            var refusal = Record.Exception(() => result = importer.Import(new MemoryStream(bytes), Source));

            // Assert
            if (refusal is null)
            {
                imported++;
                Assert.All(result!.Problems, p => Assert.Equal(Source, p.Location?.Source));
            }
            else
            {
                Assert.True(refusal is OcdsReadException, $"not a refusal but {refusal}");
                Assert.StartsWith(Source, refusal.Message, StringComparison.Ordinal);
                Assert.Equal(before, StoreSnapshot.Take(database.Target));
            }
        }, HostileInput.Show);

        // Assert: what was stored rebuilds and reads.
        Assert.True(imported > cases / 4, $"only {imported} of {cases} inputs were stored: the generator is too harsh to test storing");
        importer.RebuildAll();
        Assert.NotEmpty(ProcessViewReader.Read(database.Target, ViewParts.All).ToList());
    }
}
