using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>The analytic rows a real Procurement Act notice gives.</summary>
public sealed class ProcessRowsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_Uk4TenderWithFiveLots_GivesLotsCriteriaAndNotice(string provider)
    {
        // Arrange: 083563-2026 (Science Museum Group): 5 lots, each Price (cost) 30 + Quality 70, percentageExact.
        using var database = TestDatabase.Create(provider);

        // Act
        ImportFile(database, SharedData.Ocds("fts-pa2023/083563-2026.json"));

        // Assert
        using var context = database.Context();
        var process = context.Processes.Single();
        Assert.Equal("ocds-h6vhtk-06f17d", process.Ocid);
        Assert.Equal("UKPGA:2023/54", process.LegalBasis);
        Assert.Equal(5, context.Lots.Count());
        Assert.All(context.Lots.ToList(), lot => Assert.True(lot.SuitableForSme));
        var weights = context.AwardCriteria.OrderBy(c => c.LotId).ThenBy(c => c.Ordinal).Select(c => c.Weight).ToList();
        Assert.Equal(Enumerable.Repeat(new double?[] { 30, 70 }, 5).SelectMany(w => w), weights);
        Assert.Contains(context.Notices.ToList(), n => n.NoticeType == "UK4" && n.Section == "tender");
        Assert.NotNull(process.BuyerId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_AwardWithSupplier_LinksTheSupplierOrganisationAndKeepsNoContactDetails(string provider)
    {
        // Arrange: 083650-2026 (Wiltshire Council, UK6): one active award to an SME.
        using var database = TestDatabase.Create(provider);

        // Act
        ImportFile(database, SharedData.Ocds("fts-pa2023/083650-2026.json"));

        // Assert
        using var context = database.Context();
        var award = context.Awards.Single();
        Assert.Equal("active", award.Status);
        var supplier = context.AwardSuppliers.Single();
        Assert.Equal("sme", context.Organisations.Single(o => o.Id == supplier.OrganisationId).Scale);
        Assert.DoesNotContain("\"email\"", context.Releases.Single().Json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"email\"", context.Records.Single().Compiled, StringComparison.Ordinal);
    }
}
