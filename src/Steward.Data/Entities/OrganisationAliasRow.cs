namespace Steward.Data.Entities;

/// <summary>
/// An organisation id that now means another (table <c>organisation_aliases</c>): two records found to be one
/// organisation (a party carrying both identifiers, a name that joins an identified body), a merge a person
/// confirmed, or an id an older Steward gave. Old links follow it; confirmed merges survive <c>steward db rebuild</c>.
/// </summary>
public class OrganisationAliasRow
{
    public string Alias { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    /// <summary><c>identifier</c>, <c>name</c>, <c>confirmed</c> or <c>rebuild</c>.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Who confirmed it (a role or team), for a confirmed merge.</summary>
    public string? ConfirmedBy { get; set; }

    public DateTime? At { get; set; }
}
