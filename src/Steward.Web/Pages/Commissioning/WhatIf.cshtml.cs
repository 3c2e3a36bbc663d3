using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// What-if before publishing (commissioners: CanDesignTenders): sample bids, entered or generated, scored by the
/// design's own engine with the full arithmetic, at the published price weight or another, and the price weights at
/// which the winner changes. Nothing here is saved.
/// </summary>
public sealed class WhatIfModel(TenderDesigns designs, ActingAccount acting, TimeProvider time) : DesignPage(designs, acting, time)
{
    /// <summary>How many bid rows the form shows.</summary>
    public const int Rows = 5;

    public int LotIndex { get; private set; }

    public DesignLot? Lot { get; private set; }

    public LotDesign? Scoring { get; private set; }

    /// <summary>The bids as entered (or generated), row by row.</summary>
    public IReadOnlyList<TenderBid> Bids { get; private set; } = [];

    public LotResult? Result { get; private set; }

    public decimal? PriceWeight { get; private set; }

    public IReadOnlyList<PriceWeightSensitivity.Point> Sensitivity { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int lot = 0)
    {
        if (!await OpenAsync(id, lot).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (Scoring is not null)
        {
            Bids = SampleBids.For(Scoring, Value());
            Score();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int lot = 0)
    {
        if (!await OpenAsync(id, lot).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (Scoring is null)
        {
            return Page();
        }

        var bids = new List<TenderBid>();
        for (var row = 0; row < Rows; row++)
        {
            var bidder = Form($"b{row}.bidder")?.Trim();
            if (string.IsNullOrEmpty(bidder))
            {
                continue;
            }

            var price = Number($"b{row}.price", $"{bidder}'s price", min: 0.01m);
            var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var criterion in Scoring.Criteria.Where(c => c.Kind != CriterionKind.Price))
            {
                if (Number($"b{row}.{criterion.Id}", $"{bidder}'s score for {criterion.Id}", min: 0m, max: criterion.MaxScore) is { } score)
                {
                    scores[criterion.Id] = score;
                }
            }

            if (price is { } p && scores.Count == Scoring.Criteria.Count(c => c.Kind != CriterionKind.Price))
            {
                bids.Add(new TenderBid(bidder, p, scores, Now.AddMinutes(row)));
            }
        }

        if (!string.IsNullOrWhiteSpace(Form("priceWeight")))
        {
            PriceWeight = Number("priceWeight", "The price weight", min: 0m, max: 100m);
        }

        Bids = bids;
        if (ModelState.ErrorCount == 0)
        {
            Score();
        }

        return Page();
    }

    /// <summary>The lot as scored: at the price weight tried, else as published.</summary>
    public LotDesign Applied => PriceWeight is { } weight && PriceWeightSensitivity.Weighted(Scoring!) ? PriceWeightSensitivity.At(Scoring!, weight) : Scoring!;

    private void Score()
    {
        Result = Bids.Count == 0 ? null : LotScoring.Score(Applied, Bids);
        Sensitivity = Bids.Count == 0 ? [] : PriceWeightSensitivity.Scan(Scoring!, Bids);
    }

    private decimal Value() => Lot!.Value ?? Review.Design.Value ?? 100_000m;

    private decimal? Number(string field, string label, decimal min, decimal? max = null)
    {
        var text = Form(field)?.Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            ModelState.AddModelError(field, $"{label} must be a number (you entered \"{Form(field)}\")");
            return null;
        }

        if (number < min || number > max)
        {
            ModelState.AddModelError(field, max is null ? $"{label} must be at least {min}" : $"{label} must be between {min} and {max}");
            return null;
        }

        return number;
    }

    private async Task<bool> OpenAsync(string id, int lot)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return false;
        }

        LotIndex = lot;
        Lot = lot >= 0 && lot < Review.Design.Lots.Count ? Review.Design.Lots[lot] : null;
        Scoring = Lot?.Importance == RelativeImportance.Weighting ? Lot.ForScoring() : null;
        return true;
    }
}
