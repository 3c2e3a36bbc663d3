using Steward.Data.Entities;

namespace Steward.Data.Tenders;

/// <summary>
/// The id a buyer organisation publishes under: the published organisation it was linked to, else its identifier
/// (<c>GB-PPON-ABCD-1234-EFGH</c>), else Steward's own id for it. Designs' <c>buyer.id</c> and goals' owner are this.
/// </summary>
internal static class BuyerIdentity
{
    public static string Of(AccountOrganisationRow organisation) =>
        organisation.OrganisationId ?? (organisation.Scheme is { } scheme && organisation.Identifier is { } id ? $"{scheme}-{id}" : $"steward-{organisation.Id}");
}
