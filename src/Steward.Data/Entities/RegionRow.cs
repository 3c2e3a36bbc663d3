namespace Steward.Data.Entities;

/// <summary>
/// A region of a process (table <c>regions</c>): a NUTS code (ITL written with the NUTS prefix), or the text
/// published when it is not one, and where it was read from (<see cref="Core.Processes.ProcessRegions"/>).
/// </summary>
public class RegionRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string? Source { get; set; }
}
