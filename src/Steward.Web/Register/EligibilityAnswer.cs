using Steward.Core.Suppliers;
using Steward.Data.Suppliers;

namespace Steward.Web.Register;

/// <summary>An eligibility decision for a published lot, or the field that stopped it (<see cref="Field"/>, <see cref="Message"/>).</summary>
public sealed record EligibilityAnswer(ReservedLot? Lot, IReadOnlyList<StoredProfile> Bidders, EligibilityDecision? Decision, string? Field, string? Message)
{
    public static EligibilityAnswer Problem(string field, string message) => new(null, [], null, field, message);
}
