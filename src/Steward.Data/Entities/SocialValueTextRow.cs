namespace Steward.Data.Entities;

/// <summary>
/// What a process publishes about community benefits or social value outside its award criteria (table
/// <c>social_value_texts</c>), with the field it came from (<see cref="Core.Processes.CommunityBenefitText"/>).
/// </summary>
public class SocialValueTextRow
{
    public string Ocid { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public string Excerpt { get; set; } = string.Empty;
}
