using Steward.Data.Ingest;
using Steward.Data.Organisations;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>Records found to be one organisation, merges a person confirms, and old ids that keep working.</summary>
public sealed class OrganisationMergeTests
{
    private static string Buyer(string ocid, string date, string party, string name, string identifier = "", string postcode = "") =>
        Release(ocid, "r1", date, $$$""" "buyer":{"id":"{{{party}}}"},"parties":[{"id":"{{{party}}}","name":"{{{name}}}","roles":["buyer"]{{{identifier}}}{{{(postcode.Length > 0 ? $",\"address\":{{\"postalCode\":\"{postcode}\"}}" : "")}}}}] """);

    private const string Lae = ""","identifier":{"scheme":"GB-LAE","id":"DUR"}""";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_AnIdentifiedBodyPublishingTheNameOfOneKnownByName_AbsorbsIt(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Buyer("ocds-aaa111-1", "2019-01-01T00:00:00Z", "1", "Durham County Council", postcode: "DH1 5UL"),
            Buyer("ocds-aaa111-2", "2019-02-01T00:00:00Z", "7", "DURHAM COUNTY COUNCIL", postcode: "DH1 5UQ")));

        ImportText(database, Buyer("ocds-aaa111-3", "2025-01-01T00:00:00Z", "GB-LAE-DUR", "Durham County Council", Lae), "later.jsonl");

        using var context = database.Context();
        Assert.Equal(["GB-LAE-DUR"], context.Processes.Select(p => p.BuyerId).Distinct().ToList());
        Assert.Equal(["GB-LAE-DUR"], context.Organisations.Select(o => o.Id).ToList());
        var alias = context.OrganisationAliases.Single();
        Assert.Equal(("name:durham county council", "GB-LAE-DUR", OrganisationResolver.MergedByName), (alias.Alias, alias.OrganisationId, alias.Reason));
        Assert.Equal(["GB-LAE-DUR"], OrganisationLookup.Find(database.Target, "name:durham county council|DH15UL").Organisations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_IntoAnEmptyStore_AMergeWithinTheFile_ReplacesTheRowsItsFirstRoundWrote(string provider)
    {
        // Arrange: a store without processes (its first round writes without deleting), and one file in which an
        // identified body publishes the name of one known by name: the second round rebuilds the first's process.
        using var database = TestDatabase.Create(provider);

        // Act
        ImportText(database, Lines(Buyer("ocds-aaa111-1", "2019-01-01T00:00:00Z", "1", "Durham County Council", postcode: "DH1 5UL"),
            Buyer("ocds-aaa111-2", "2025-01-01T00:00:00Z", "GB-LAE-DUR", "Durham County Council", Lae)));

        // Assert: merged within the file, each process once, under the body it was merged into.
        using var context = database.Context();
        Assert.Equal(OrganisationResolver.MergedByName, context.OrganisationAliases.Single().Reason);
        Assert.Equal(["ocds-aaa111-1", "ocds-aaa111-2"], context.Processes.Select(p => p.Ocid).ToList().Order(StringComparer.Ordinal));
        Assert.Equal(["GB-LAE-DUR"], context.Processes.Select(p => p.BuyerId).Distinct().ToList());
        Assert.Equal(2, context.Records.Count());
        Assert.Equal(2, context.ProcessParties.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_APartyCarryingTwoOrganisationsIdentifiers_MakesThemOne_NamedByTheStronger(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var coh = """ ,"identifier":{"scheme":"GB-COH","id":"01234567"} """;
        var ppon = """ ,"identifier":{"scheme":"GB-PPON","id":"PDMT-1234-ABCD"} """;
        var both = """ ,"identifier":{"scheme":"GB-PPON","id":"PDMT-1234-ABCD"},"additionalIdentifiers":[{"scheme":"GB-COH","id":"01234567"}] """;
        ImportText(database, Lines(Buyer("ocds-aaa111-1", "2025-01-01T00:00:00Z", "a", "Acme Trust", coh), Buyer("ocds-aaa111-2", "2025-02-01T00:00:00Z", "b", "Acme", ppon)));
        Assert.Equal(2, database.Context().Organisations.Count());

        ImportText(database, Buyer("ocds-aaa111-3", "2025-03-01T00:00:00Z", "c", "Acme Trust", both), "both.jsonl");

        using var context = database.Context();
        Assert.Equal(["GB-PPON-PDMT-1234-ABCD"], context.Processes.Select(p => p.BuyerId).Distinct().ToList());
        Assert.Equal(["GB-COH:01234567", "GB-PPON:PDMT-1234-ABCD"], context.OrganisationIdentifiers.Where(i => i.OrganisationId == "GB-PPON-PDMT-1234-ABCD")
            .Select(i => i.Scheme + ":" + i.Identifier).ToList().Order(StringComparer.Ordinal));
        Assert.Equal(["GB-COH-01234567"], context.OrganisationAliases.Where(a => a.Reason == OrganisationResolver.MergedByIdentifier).Select(a => a.Alias).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ConfirmMerge_OfTwoIdentifiedBodiesSharingAName_IsKeptAcrossARebuild(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Buyer("ocds-aaa111-1", "2025-01-01T00:00:00Z", "a", "Derby City Council", """ ,"identifier":{"scheme":"GB-LAE","id":"DER"} """),
            Buyer("ocds-aaa111-2", "2025-02-01T00:00:00Z", "b", "Derby City Council", """ ,"identifier":{"scheme":"GB-PPON","id":"PDER-1111-AAAA"} """)));
        Assert.Contains(OrganisationSuggestions.Read(database.Target), s => s.Organisation == "GB-PPON-PDER-1111-AAAA" && s.Candidate == "GB-LAE-DER" && s.Buyer);

        using (var importer = StewardImporter.Open(database.Target, Clock))
        {
            Assert.Equal(1, importer.ConfirmMerge("GB-LAE-DER", "GB-PPON-PDER-1111-AAAA", "Procurement team"));
            Assert.Throws<ArgumentException>(() => importer.ConfirmMerge("GB-LAE-DER", "GB-PPON-PDER-1111-AAAA", "x"));
            Assert.Throws<ArgumentException>(() => importer.ConfirmMerge("no-such", "GB-PPON-PDER-1111-AAAA", "x"));
            importer.RebuildAll();
        }

        using var context = database.Context();
        Assert.Equal(["GB-PPON-PDER-1111-AAAA"], context.Processes.Select(p => p.BuyerId).Distinct().ToList());
        var alias = context.OrganisationAliases.Single(a => a.Alias == "GB-LAE-DER");
        Assert.Equal((OrganisationResolver.MergedByPerson, "Procurement team"), (alias.Reason, alias.ConfirmedBy));
        Assert.Empty(OrganisationSuggestions.Read(database.Target));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Lookup_APublishersPartyId_MeansEveryOrganisationPublishedUnderIt(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Buyer("ocds-aaa111-1", "2025-01-01T00:00:00Z", "1", "Plymouth City Council"),
            Buyer("ocds-aaa111-2", "2025-01-02T00:00:00Z", "1", "Thanet District Council"), Buyer("ocds-aaa111-3", "2025-01-03T00:00:00Z", "GB-CFS-9", "ESPO")));

        Assert.Equal(["name:plymouth city council", "name:thanet district council"], OrganisationLookup.Find(database.Target, "1").Organisations);
        var espo = OrganisationLookup.Find(database.Target, "GB-CFS-9");
        Assert.Equal(["name:espo"], espo.Organisations);
        Assert.Equal(OrganisationMatch.PartyId, espo.How);
        Assert.Empty(OrganisationLookup.Find(database.Target, "nothing-like-it").Organisations);
    }
}
