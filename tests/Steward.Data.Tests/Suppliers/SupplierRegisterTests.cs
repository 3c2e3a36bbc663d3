using Steward.Data.Suppliers;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;
using static Steward.Data.Tests.Suppliers.RegisterFixtures;

namespace Steward.Data.Tests.Suppliers;

/// <summary>The register on both engines: saving with history, linking by identifier, name suggestions, refusals.</summary>
public sealed class SupplierRegisterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Save_ProfileWithPublishedIdentifier_LinksAndKeepsEveryChange(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Release("ocds-t-1", "2024-01-10")));
        var register = new SupplierRegister(database.Target, Clock);
        var (first, profile) = Profile(MutualJson);
        var (second, changed) = Profile(With(MutualJson, "employees", "44"));

        // Act
        var created = register.Save(first.RootElement, profile, "Commissioning team");
        var updated = register.Save(second.RootElement, changed, "Commissioning team");
        var unchanged = register.Save(second.RootElement, changed, "Someone else");

        // Assert
        Assert.Equal(("GB-COH-01234567", "created", Supplier), (created.Id, created.Action, created.OrganisationId));
        Assert.Equal("updated", updated.Action);
        Assert.Equal(["employees"], updated.Fields);
        Assert.Equal("unchanged", unchanged.Action);
        var stored = register.Find("GB-COH-01234567")!;
        Assert.Equal((2, 44m, "identifier"), (stored.Version, stored.Profile.Workforce.Employees, stored.LinkedBy));
        Assert.Equal(stored.Id, register.Find(Supplier)!.Id);
        Assert.Equal(stored.Id, register.Find("gb-coh-1234567")!.Id);
        var history = register.History(stored.Id);
        Assert.Equal(["updated", "linked", "created"], history.Select(h => h.Action));
        Assert.All(history, h => Assert.Equal("Commissioning team", h.ChangedBy));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, history[0].ChangedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Save_NameOnly_IsSuggestedNotLinked_UntilAPersonConfirms(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Release("ocds-t-1", "2024-01-10")));
        var register = new SupplierRegister(database.Target, Clock);
        var (document, profile) = Profile("""{"name":"BRIGHTWORK CIC","legalForm":"cic-guarantee"}""");

        // Act
        var saved = register.Save(document.RootElement, profile, "Commissioning team");
        register.Link(saved.Id, saved.Suggestions[0].OrganisationId, "Jo in commissioning");

        // Assert
        Assert.Equal("name:brightwork", saved.Id);
        Assert.Null(saved.OrganisationId);
        Assert.Equal(Supplier, Assert.Single(saved.Suggestions).OrganisationId);
        var stored = register.Find(saved.Id)!;
        Assert.Equal((Supplier, "confirmed"), (stored.OrganisationId, stored.LinkedBy));
        Assert.Equal("Jo in commissioning", register.History(saved.Id)[0].ChangedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Save_IdentifiersOfTwoProfiles_IsRefusedAndChangesNothing(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var register = new SupplierRegister(database.Target, Clock);
        var (a, first) = Profile("""{"name":"A","identifiers":[{"scheme":"GB-COH","id":"00000001"}]}""");
        var (b, second) = Profile("""{"name":"B","identifiers":[{"scheme":"GB-CHC","id":"1000001"}]}""");
        var (both, merged) = Profile("""{"name":"A and B","identifiers":[{"scheme":"GB-COH","id":"00000001"},{"scheme":"GB-CHC","id":"1000001"}]}""");
        register.Save(a.RootElement, first, "t");
        register.Save(b.RootElement, second, "t");

        // Act
        var refused = Assert.Throws<RegisterException>(() => register.Save(both.RootElement, merged, "t"));

        // Assert
        Assert.Contains("identifiers", refused.Message, StringComparison.Ordinal);
        Assert.Contains("GB-COH-00000001", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], register.All().Select(p => p.Name));
        Assert.All(register.All(), p => Assert.Equal(1, p.Version));
    }

    [Fact]
    public void Link_UnknownOrganisation_NamesIt()
    {
        // Arrange
        using var database = TestDatabase.Sqlite();
        var register = new SupplierRegister(database.Target, Clock);
        var (document, profile) = Profile("""{"name":"A"}""");
        var saved = register.Save(document.RootElement, profile, "t");

        // Act
        var error = Assert.Throws<RegisterException>(() => register.Link(saved.Id, "GB-COH-99999999", "t"));

        // Assert
        Assert.Contains("GB-COH-99999999", error.Message, StringComparison.Ordinal);
        Assert.Null(register.Find(saved.Id)!.OrganisationId);
    }
}
