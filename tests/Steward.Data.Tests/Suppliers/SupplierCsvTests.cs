using Steward.Data.Suppliers;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;
using static Steward.Data.Tests.Suppliers.RegisterFixtures;

namespace Steward.Data.Tests.Suppliers;

/// <summary>CSV import of supplier lists: a per-row report, refusals that name line and field, overlays that keep stored facts.</summary>
public sealed class SupplierCsvTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_MixedRows_AcceptsGoodRowsAndNamesLineAndFieldOfBadOnes(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Release("ocds-t-1", "2024-01-10")));
        var register = new SupplierRegister(database.Target, Clock);
        var warnings = new List<string>();
        const string csv = """
            name,companiesHouse,legalForm,employees,disabledOrDisadvantagedWorkers,assetLock,year,turnover,surplus,notes
            Brightwork CIC,1234567,cic-guarantee,40,12,yes,2025,1800000,90000,first
            Bad Form Ltd,07654321,limited,10,,,,,,second
            Minus Ltd,07654322,company-limited-by-shares,-3,,,,,,third
            "Quoted, Name Ltd",07654323,company-limited-by-shares,12,,maybe,,,,fourth
            Accounts Ltd,07654324,company-limited-by-shares,12,,,,"£2,000",,fifth
            """;

        // Act
        var rows = SupplierCsv.Import(new StringReader(csv), "suppliers.csv", register, "Procurement team", warnings.Add);

        // Assert
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.True(rows[0].Accepted);
        Assert.Equal(("GB-COH-01234567", Supplier), (rows[0].ProfileId, rows[0].OrganisationId));
        Assert.Contains("legalForm", Assert.Single(rows[1].Problems), StringComparison.Ordinal);
        Assert.Contains("line 4: employees: -3", Assert.Single(rows[2].Problems), StringComparison.Ordinal);
        Assert.Contains("line 5: assetLock: \"maybe\"", Assert.Single(rows[3].Problems), StringComparison.Ordinal);
        Assert.Contains("line 6: year", Assert.Single(rows[4].Problems), StringComparison.Ordinal);
        Assert.Equal(["GB-COH-01234567"], register.All().Select(p => p.Id));
        Assert.Contains(warnings, w => w.Contains("\"notes\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RowForAStoredProfile_KeepsWhatTheRowLeavesOut()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        var register = new SupplierRegister(database.Target, Clock);
        var (document, profile) = Profile(MutualJson);
        register.Save(document.RootElement, profile, "t");
        const string csv = "name,scheme,id,employees,year,turnover,surplus\nBrightwork CIC,GB-COH,01234567,44,2026,2000000,100000\n";

        // Act
        var row = Assert.Single(SupplierCsv.Import(new StringReader(csv), "update.csv", register, "Procurement team"));

        // Assert
        Assert.True(row.Accepted, string.Join("; ", row.Problems));
        var stored = register.Find("GB-COH-01234567")!;
        Assert.Equal((2, 44m, true, 6m), (stored.Version, stored.Profile.Workforce.Employees, stored.Profile.EmployeeControlled, stored.Profile.Workforce.DisabledOrDisadvantagedWorkers));
        Assert.Equal([2025, 2026], stored.Profile.Accounts.Select(a => a.Year).Order());
        Assert.Equal(["accounts", "employees"], register.History(stored.Id)[0].Fields);
    }

    [Fact]
    public void Import_NoNameColumn_IsRefusedWhole()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        var register = new SupplierRegister(database.Target, Clock);

        // Act
        var error = Assert.Throws<RegisterException>(() => SupplierCsv.Import(new StringReader("company,employees\nA,1\n"), "list.csv", register, "t"));

        // Assert
        Assert.Contains("list.csv: line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"name\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(register.All());
    }
}
