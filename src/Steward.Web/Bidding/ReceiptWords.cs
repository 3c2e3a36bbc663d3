using Steward.Data.Bids;

namespace Steward.Web.Bidding;

/// <summary>A receipt's status and lateness in words, as the bidding pages show them.</summary>
public static class ReceiptWords
{
    public static string Status(BidReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.Status switch
        {
            "submitted" => "In the tender box",
            "superseded" => "Replaced by a later submission",
            "withdrawn" => "Withdrawn",
            var other => other,
        };
    }

    /// <summary>Whether it arrived on time, or late with the law that applies (PA 2023 s.19(3)(d)).</summary>
    public static string Late(BidReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.Late
            ? "Late: received after the deadline, so it is not assessed unless the buyer records a decision to admit it (PA 2023 s.19(3)(d))"
            : "On time";
    }
}
