using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;
using static Steward.Data.Tests.Suppliers.RegisterFixtures;

namespace Steward.Data.Tests.Suppliers;

/// <summary>Published flags against the register, and buyers' spend with verified social enterprises and VCSEs.</summary>
public sealed class RegisterReportTests
{
    private const string Evidence = """
        [{"kind":"accounts","covers":["accounts","legalForm","publicBodyControlled","socialPurpose","assetLock","dividendCapPercent"],
          "verifiedBy":"Commissioning team","verifiedOn":"2026-01-15","validUntil":"2027-01-14"}]
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void BuyerShares_VerifiedMissionSupplier_CountsItsShare(string provider)
    {
        // Arrange: £500,000 to the CIC, £1,500,000 to the same buyer's other award (the CIC too, but a second buyer).
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Release("ocds-t-1", "2026-03-10"), Release("ocds-t-2", "2026-04-10", buyer: "GB-PPON-OTHR-0002-BBBB", value: 1_500_000)));
        var register = new SupplierRegister(database.Target, Clock);
        var (document, profile) = Profile(With(MutualJson, "evidence", Evidence));
        register.Save(document.RootElement, profile, "t");
        var day = new DateOnly(2026, 11, 25);

        // Act
        var verified = RegisterReport.BuyerShares(database.Target, register.All(), ClassificationRules.Default, day);
        var expired = RegisterReport.BuyerShares(database.Target, register.All(), ClassificationRules.Default, new DateOnly(2027, 2, 1));

        // Assert
        var buyer = verified.Single(b => b.BuyerId == Buyer);
        Assert.Equal((500_000d, 1d, 1d), (buyer.AwardedValue, buyer.ProfiledShare!.Value, buyer.RegisterShare!.Value));
        Assert.Equal(0d, expired.Single(b => b.BuyerId == Buyer).RegisterShare);
        Assert.Equal(1d, expired.Single(b => b.BuyerId == Buyer).ProfiledShare);
    }

    [Fact]
    public void Mismatches_PublishedVcseContradictedByAccounts_IsReportedWithTheReason()
    {
        // Arrange: published VCSE; the profile is a company paying most of its surplus to owners.
        using var database = TestDatabase.Sqlite();
        ImportText(database, Lines(Release("ocds-t-1", "2026-03-10", vcse: true)));
        var register = new SupplierRegister(database.Target, Clock);
        var (document, profile) = Profile("""
            {"name":"Brightwork Ltd","identifiers":[{"scheme":"GB-COH","id":"01234567"}],"legalForm":"company-limited-by-shares",
             "socialPurpose":true,"publicBodyControlled":false,"employees":300,
             "accounts":[{"year":2025,"turnover":50000000,"balanceSheetTotal":40000000,"surplus":1000000,"distributedToOwners":800000}]}
            """);
        register.Save(document.RootElement, profile, "t");

        // Act
        var rows = RegisterReport.Mismatches(database.Target, register.All(), ClassificationRules.Default, new DateOnly(2026, 11, 25));

        // Assert
        var vcse = rows.Single(r => r.Mismatch.Flag == "vcse");
        Assert.Equal(("contradicted", Verdict.False), (vcse.Mismatch.Kind, vcse.Mismatch.Register));
        Assert.Contains("20%", vcse.Mismatch.Reason, StringComparison.Ordinal);
        var sme = rows.Single(r => r.Mismatch.Flag == "sme");
        Assert.Equal("contradicted", sme.Mismatch.Kind);
    }
}
