using Steward.Core.Evaluation.Summaries;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// Bidding (suppliers: CanSubmitBids): published Steward tenders receiving bids, with a link to each lot's bid page;
/// the supplier's receipts; the buyers' questions about its prices; and the assessment summaries issued to it.
/// </summary>
public sealed class IndexModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting, TimeProvider time) : BiddingPage(acting, time)
{
    public IReadOnlyList<BiddableTender> Tenders { get; private set; } = [];

    public IReadOnlyList<BidReceipt> Receipts { get; private set; } = [];

    public IReadOnlyList<AltQuestion> Questions { get; private set; } = [];

    public IReadOnlyList<AssessmentSummary> Summaries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync().ConfigureAwait(false);
        Tenders = boxes.Receiving();
        Receipts = boxes.ReceiptsOf(SupplierId);
        Questions = evaluations.QuestionsFor(SupplierId);
        Summaries = evaluations.SummariesOf(SupplierId);
    }
}
