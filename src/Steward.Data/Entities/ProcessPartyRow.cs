namespace Steward.Data.Entities;

/// <summary>An organisation's part in a process, with the flags it published there (table <c>process_parties</c>).</summary>
public class ProcessPartyRow
{
    public string Ocid { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    /// <summary>Its roles, comma-separated (buyer, supplier, tenderer…).</summary>
    public string Roles { get; set; } = string.Empty;

    public string? Scale { get; set; }

    public bool? Vcse { get; set; }

    public bool? ShelteredWorkshop { get; set; }

    public bool? PublicServiceMission { get; set; }

    /// <summary>The party ids it was published under in this process (comma-separated), so that an old link by a published id can be followed.</summary>
    public string? PartyIds { get; set; }
}
