using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Moderation;
using Steward.Core.Tenders;

namespace Steward.Core.Tests.Evaluation;

/// <summary>Designs and bids for the evaluation cases of evaluation-methods.md §8, written as DESIGN.json so the reader is exercised too.</summary>
internal static class EvaluationFixture
{
    public static readonly DateTimeOffset Deadline = new(2027, 1, 11, 23, 59, 59, TimeSpan.Zero);

    /// <summary>T8's lot: Q1 and Q2 each 30%, marked 0–5 with a minimum of 2 on each; price 40 by F1.</summary>
    public const string T8 = """
        {"title":"T8","tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
         "lots":[{"id":"1","title":"Care","scale":{"max":5},"tieBreak":"higherQuality","priceMethod":{"formula":"F1"},
           "criteria":[{"id":"q1","title":"Q1","type":"quality","weight":30,"minimumScore":2},
                       {"id":"q2","title":"Q2","type":"quality","weight":30,"minimumScore":2},
                       {"id":"price","type":"price","weight":40}]}]}
        """;

    public static TenderDesign Design(string json, Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change?.Invoke(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        var (design, errors) = TenderDesignJson.Read(document.RootElement);
        Assert.Empty(errors);
        return design;
    }

    /// <summary>A bid with moderated marks, each with a rationale.</summary>
    public static AssessedBid Bid(string name, decimal price, params (string Criterion, decimal Score)[] marks) =>
        new($"bid-{name}", $"org-{name}", name, price, Deadline.AddDays(-1),
            marks.ToDictionary(m => m.Criterion, m => new ModeratedScore($"bid-{name}", m.Criterion, m.Score, $"{name} answered {m.Criterion} with evidence on pages 2 to 4", "account:moderator", Deadline.AddDays(3)), StringComparer.Ordinal));
}
