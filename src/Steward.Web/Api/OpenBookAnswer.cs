using System.Text.Json;
using Steward.Core.OpenBook;

namespace Steward.Web.Api;

/// <summary>One submission's open-book analysis and its cap checks, as <c>POST /api/register/costs</c> answers.</summary>
public sealed record OpenBookAnswer(string SupplierId, OpenBookResult Analysis, IReadOnlyList<CapCheckResult> CapChecks)
{
    /// <summary>
    /// Reads <c>{template, submissions[], policies[]}</c> (docs/open-book.md) and analyses each submission; without
    /// policies, the known context for the template's service (which sets no cap) is used. An error names its field.
    /// </summary>
    public static (IReadOnlyList<OpenBookAnswer> Results, string? Field, string? Error) Answer(JsonElement body, DateOnly day)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("template", out var templateJson))
        {
            return ([], "template", "The body must be an object with a template, submissions and (optionally) policies.");
        }

        var template = OpenBookJson.ReadTemplate(templateJson);
        if (!template.IsSuccess)
        {
            return ([], "template", template.Error!.Message);
        }

        var policies = new List<ProfitCapPolicy>();
        var index = 0;
        foreach (var item in body.TryGetProperty("policies", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : default)
        {
            var policy = OpenBookJson.ReadPolicy(item);
            if (!policy.IsSuccess)
            {
                return ([], $"policies[{index}]", policy.Error!.Message);
            }

            policies.Add(policy.Value);
            index++;
        }

        if (policies.Count == 0)
        {
            policies.AddRange(ProfitCapPolicies.Known.Where(p => p.ServiceCategory == template.Value.ServiceCategory));
        }

        var answers = new List<OpenBookAnswer>();
        index = 0;
        foreach (var item in body.TryGetProperty("submissions", out var submissions) && submissions.ValueKind == JsonValueKind.Array ? submissions.EnumerateArray() : default)
        {
            var submission = OpenBookJson.ReadSubmission(item);
            var analysis = submission.IsSuccess ? OpenBookAnalysis.Analyse(template.Value, submission.Value) : default;
            if (!submission.IsSuccess || !analysis.IsSuccess)
            {
                return ([], $"submissions[{index}]", (submission.Error ?? analysis.Error)!.Message);
            }

            answers.Add(new OpenBookAnswer(submission.Value.SupplierId, analysis.Value, [.. policies.Select(p => ProfitCapCheck.Check(p, analysis.Value, day))]));
            index++;
        }

        return answers.Count == 0 ? ([], "submissions", "Give at least one submission.") : (answers, null, null);
    }
}
