namespace Steward.Data.Entities;

/// <summary>A region a process delivers to (NUTS/ITL code or name) (table <c>regions</c>).</summary>
public class RegionRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}
