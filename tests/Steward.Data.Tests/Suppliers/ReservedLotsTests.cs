using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;
using static Steward.Data.Tests.Suppliers.RegisterFixtures;

namespace Steward.Data.Tests.Suppliers;

/// <summary>s.33(5)'s comparable-contract test checked against award data in the store, on both engines.</summary>
public sealed class ReservedLotsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Decide_EarlierS33AwardFromSameBuyerWithinThreeYears_IsNotQualifying(string provider)
    {
        // Arrange: an s.33 award signed 2024-01-10, and a new s.33 lot of the same buyer for the same services.
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Release("ocds-t-old", "2024-01-10"), Release("ocds-t-new", "2026-06-01")));
        var (_, mutual) = Profile(MutualJson);
        var organisations = ReservedLots.OrganisationsFor(database.Target, ProfileIdentifiers.Normalised(mutual));

        // Act
        var lot = ReservedLots.Read(database.Target, "ocds-t-new", "1", null, new DateOnly(2026, 6, 1))!;
        var prior = ReservedLots.S33Awards(database.Target, organisations);
        var decision = ReservedLotEligibility.Decide(lot with { TermEnd = new DateOnly(2029, 5, 31) }, [mutual], prior);

        // Assert
        Assert.Equal([Supplier], organisations);
        Assert.Equal((Reservation.PublicServiceMutual, Buyer, true), (lot.Reservation, lot.BuyerId, lot.Cpv.Contains("85312000")));
        Assert.Equal(new DateOnly(2026, 6, 1), lot.TermStart);
        Assert.Equal(2, prior.Count);
        Assert.Equal(Verdict.False, decision.Result);
        var comparable = Assert.Single(decision.ComparableContracts);
        Assert.Equal(("ocds-t-old", new DateOnly(2024, 1, 10)), (comparable.Ocid, comparable.Date));
        Assert.Contains("ocds-t-old", decision.Bidder.Single(r => r.Test == "noComparableContract").Text, StringComparison.Ordinal);
        var viaStore = ReservedLots.Decide(database.Target, lot with { TermEnd = new DateOnly(2029, 5, 31) }, [(mutual, null)], ClassificationRules.Default);
        Assert.Equal((Verdict.False, "ocds-t-old"), (viaStore.Result, Assert.Single(viaStore.ComparableContracts).Ocid));
    }

    [Theory]
    [InlineData("2023-06-01", Verdict.True)] // exactly 3 years before the award day: outside the window
    [InlineData("2023-06-02", Verdict.False)] // a day later: inside
    public void Decide_ThreeYearWindowEdges_AgainstTheStore(string signedOn, Verdict expected)
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        ImportText(database, Lines(Release("ocds-t-old", signedOn), Release("ocds-t-new", "2026-06-01")));
        var (_, mutual) = Profile(MutualJson);
        var lot = ReservedLots.Read(database.Target, "ocds-t-new", "1", null, new DateOnly(2026, 6, 1))! with { TermEnd = new DateOnly(2029, 5, 31) };

        // Act
        var decision = ReservedLotEligibility.Decide(lot, [mutual], ReservedLots.S33Awards(database.Target, [Supplier]));

        // Assert
        Assert.Equal(expected, decision.Result);
    }

    [Fact]
    public void Decide_EarlierAwardFromAnotherBuyerOrNotUnderS33_DoesNotCount()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        ImportText(database, Lines(
            Release("ocds-t-other-buyer", "2025-01-10", buyer: "GB-PPON-OTHR-0002-BBBB"),
            Release("ocds-t-s32", "2025-02-10", reserved: "shelteredWorkshop"),
            Release("ocds-t-new", "2026-06-01")));
        var (_, mutual) = Profile(MutualJson);
        var lot = ReservedLots.Read(database.Target, "ocds-t-new", "1", null, new DateOnly(2026, 6, 1))! with { TermEnd = new DateOnly(2029, 5, 31) };

        // Act
        var prior = ReservedLots.S33Awards(database.Target, [Supplier]);
        var decision = ReservedLotEligibility.Decide(lot, [mutual], prior);

        // Assert
        Assert.DoesNotContain(prior, a => a.Ocid == "ocds-t-s32");
        Assert.Equal(Verdict.True, decision.Result);
        Assert.Empty(decision.ComparableContracts);
    }

    [Fact]
    public void Read_LotNotPublishedAsReserved_AsksWhichReservation()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        ImportText(database, Lines(Release("ocds-t-1", "2026-06-01", reserved: "none")));

        // Act
        var error = Assert.Throws<RegisterException>(() => ReservedLots.Read(database.Target, "ocds-t-1", "1", null, new DateOnly(2026, 6, 1)));
        var chosen = ReservedLots.Read(database.Target, "ocds-t-1", "1", Reservation.SupportedEmployment, new DateOnly(2026, 6, 1));
        var missing = ReservedLots.Read(database.Target, "ocds-t-1", "9", Reservation.SupportedEmployment, new DateOnly(2026, 6, 1));

        // Assert
        Assert.Contains("--reservation", error.Message, StringComparison.Ordinal);
        Assert.Equal(Reservation.SupportedEmployment, chosen!.Reservation);
        Assert.Null(missing);
    }
}
