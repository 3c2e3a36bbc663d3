namespace Steward.Data.Entities;

/// <summary>A lot (table <c>lots</c>); a tender without lots has one, with the id <c>tender</c>.</summary>
public class LotRow
{
    public string Ocid { get; set; } = string.Empty;

    public string LotId { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Status { get; set; }

    public double? Value { get; set; }

    public string? Currency { get; set; }

    public bool? SuitableForSme { get; set; }

    public bool? SuitableForVcse { get; set; }

    /// <summary>Reserved participation codes, comma-separated (shelteredWorkshop, publicServiceMissionOrganization, smeVcse).</summary>
    public string? ReservedParticipation { get; set; }
}
