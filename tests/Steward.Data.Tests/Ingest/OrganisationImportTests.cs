using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

public sealed class OrganisationImportTests
{
    private const string Jan = "2025-01-10T09:00:00Z";
    private const string Feb = "2025-02-10T09:00:00Z";

    private static string Supplier(string partyId, string name, string identifiers, string details = "") =>
        $$"""{"id":"{{partyId}}","name":"{{name}}","roles":["supplier"],{{identifiers}}{{(details.Length > 0 ? "," + details : string.Empty)}}}""";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_SameCompanyAcrossProcesses_IsOneOrganisation(string provider)
    {
        // Arrange: one notice drops the leading zero of the Companies House number; another adds a PPON.
        using var database = TestDatabase.Create(provider);
        var first = Release("ocds-abc123-1", "r1", Jan,
            $$""" "parties":[{{Supplier("s1", "Acme Care Ltd", """ "identifier":{"scheme":"GB-COH","id":"1234567"} """)}}],"awards":[{"id":"a","suppliers":[{"id":"s1"}]}] """);
        var second = Release("ocds-abc123-2", "r1", Feb,
            $$""" "parties":[{{Supplier("s9", "ACME CARE LIMITED", """ "identifier":{"scheme":"GB-PPON","id":"PDMT-1234-ABCD"},"additionalIdentifiers":[{"scheme":"GB-COH","id":"01234567"}] """, """ "details":{"scale":"sme","vcse":true} """)}}],"awards":[{"id":"a","suppliers":[{"id":"s9"}]}] """);

        // Act
        ImportText(database, Lines(first, second));

        // Assert
        using var context = database.Context();
        var organisation = Assert.Single(context.Organisations.ToList());
        Assert.Equal("GB-COH-01234567", organisation.Id);
        Assert.Equal(("ACME CARE LIMITED", "sme", true), (organisation.Name, organisation.Scale, organisation.Vcse));
        Assert.Equal(["GB-COH:01234567", "GB-PPON:PDMT-1234-ABCD"], context.OrganisationIdentifiers.Select(i => i.Scheme + ":" + i.Identifier).ToList().Order());
        Assert.Equal(2, context.OrganisationNames.Count());
        Assert.Equal(2, context.AwardSuppliers.Count(s => s.OrganisationId == organisation.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_PartyWithoutRegisterIdentifiers_IsKeyedByNameAndSupplierPostcodeNeverByItsPartyId(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var release = Release("ocds-abc123-1", "r1", Jan,
            """ "parties":[{"id":"GB-FTS-185095","name":"Star Cabs (Daventry) Ltd","address":{"postalCode":"nn11 4aa"},"roles":["supplier"]},{"id":"b","name":"The Council","roles":["buyer"]}],"buyer":{"id":"b"} """);

        // Act
        ImportText(database, release);

        // Assert
        using var context = database.Context();
        // The supplier's GB-FTS party id is Find a Tender's own number, not a register's; a buyer's key leaves its postcode out.
        Assert.Equal(["name:council", "name:star cabs daventry|NN114AA"], context.Organisations.Select(o => o.Id).ToList().Order());
        Assert.Equal("name:council", context.Processes.Single().BuyerId);
        Assert.Equal("GB-FTS-185095", context.ProcessParties.Single(p => p.OrganisationId.StartsWith("name:star")).PartyIds);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_LaterFlags_UpdateTheOrganisationEarlierOnesDoNot(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var coh = """ "identifier":{"scheme":"GB-COH","id":"07654321"} """;
        ImportText(database, Release("ocds-abc123-2", "r1", Feb, $$""" "parties":[{{Supplier("s", "Later", coh, """ "details":{"scale":"large"} """)}}] """));

        // Act
        ImportText(database, Release("ocds-abc123-1", "r1", Jan, $$""" "parties":[{{Supplier("s", "Earlier", coh, """ "details":{"scale":"sme"} """)}}] """));

        // Assert
        using var context = database.Context();
        var organisation = context.Organisations.Single();
        Assert.Equal(("Later", "large"), (organisation.Name, organisation.Scale));
        Assert.Equal(["large", "sme"], context.ProcessParties.Select(p => p.Scale!).ToList().Order());
    }
}
