using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Tenders;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Api;

/// <summary>
/// Designs for a buyer's own tools (docs/tenders.md, "The write API"): a machine token with the DesignTenders scope
/// lists, reads, creates and saves its organisation's designs as DESIGN.json, each answer with the checker's findings
/// on the store's goals and identity. Publishing stays a person's act in the portal (a commissioner with a second
/// factor gives the reasons for warnings), so no token can publish a notice.
/// </summary>
public static class DesignWriteApi
{
    public static RouteGroupBuilder MapDesignWriteApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var policy = new AuthorizeAttribute { Policy = Policies.CanDesignTenders, AuthenticationSchemes = ApiTokenHandler.SchemeName };
        api.MapGet("/designs", List).RequireAuthorization(policy).WithSummary("The token's buyer's designs: id, title, status, OCID once published");
        api.MapGet("/designs/{id}", Read).RequireAuthorization(policy).WithSummary("One of the buyer's designs as DESIGN.json (unpublished edits included) with the checker's findings");
        api.MapPost("/designs", Create).RequireAuthorization(policy).WithSummary("Start a design from DESIGN.json (the body); answers its id and the checker's findings");
        api.MapPut("/designs/{id}", Save).RequireAuthorization(policy).WithSummary("Replace a design's DESIGN.json (the body); a published design's changes wait for an amendment published in the portal");
        return api;
    }

    private static string Organisation(HttpContext http) => http.User.FindFirst(ApiTokenHandler.OrganisationClaim)!.Value;

    private static ActingParty By(HttpContext http) =>
        new(Actors.Token(http.User.FindFirst(ApiTokenHandler.TokenClaim)!.Value), $"Machine token \"{http.User.Identity!.Name}\"");

    private static Ok<IEnumerable<object>> List(HttpContext http, TenderDesigns designs) =>
        TypedResults.Ok(designs.Of(Organisation(http)).Select(d => (object)new { d.Id, d.Title, d.Status, d.Ocid, d.Releases, d.UpdatedAt, d.PublishedAt }));

    private static Results<ContentHttpResult, NotFound> Read(string id, HttpContext http, TenderDesigns designs, TimeProvider time) =>
        Answer(designs, id, Organisation(http), time, withDesign: true) is { } body ? TypedResults.Content(body, "application/json") : TypedResults.NotFound();

    private static async Task<Results<Created<JsonDocument>, ProblemHttpResult>> Create(HttpContext http, TenderDesigns designs, TimeProvider time)
    {
        var created = designs.Create(Organisation(http), await BodyAsync(http).ConfigureAwait(false), By(http));
        if (!created.IsSuccess)
        {
            return Refused(created.Error!);
        }

        var body = JsonDocument.Parse(Answer(designs, created.Value.Id, Organisation(http), time, withDesign: false)!);
        return TypedResults.Created($"/api/write/designs/{created.Value.Id}", body);
    }

    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> Save(string id, HttpContext http, TenderDesigns designs, TimeProvider time)
    {
        if (designs.Find(id) is not { } stored || stored.OrganisationId != Organisation(http))
        {
            return TypedResults.NotFound();
        }

        var saved = designs.Save(id, Organisation(http), await BodyAsync(http).ConfigureAwait(false), By(http));
        return saved.IsSuccess
            ? TypedResults.Content(Answer(designs, id, Organisation(http), time, withDesign: false)!, "application/json")
            : Refused(saved.Error!);
    }

    private static async Task<string> BodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary><c>{"id", "title", "status", "ocid", "releases", "check": {…as tenders check…}, "design"?}</c>, or null when not the buyer's.</summary>
    private static string? Answer(TenderDesigns designs, string id, string organisation, TimeProvider time, bool withDesign)
    {
        if (designs.Review(id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is not { } review || review.Stored.OrganisationId != organisation)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", review.Stored.Id);
            writer.WriteString("title", review.Stored.Title);
            writer.WriteString("status", review.Stored.Status);
            writer.WriteString("ocid", review.Stored.Ocid);
            writer.WriteNumber("releases", review.Stored.Releases);
            writer.WritePropertyName("check");
            DesignFindingsJson.Write(writer, review.Findings);
            if (withDesign)
            {
                writer.WritePropertyName("design");
                writer.WriteRawValue(review.Stored.Json);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ProblemHttpResult Refused(Core.Common.Error error) =>
        TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "The design was not saved",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}
