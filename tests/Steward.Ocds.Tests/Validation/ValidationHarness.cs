using System.Text;
using Steward.Ocds.Reading;
using Steward.Ocds.Validation;
using Steward.Testing;

namespace Steward.Ocds.Tests.Validation;

internal static class ValidationHarness
{
    private static readonly Lazy<SchemaProvider> Shared = new(() => new SchemaProvider(new SchemaFolder(SharedData.SchemaFolder)));

    /// <summary>The schema folder in ../shared/data (skips the test when absent).</summary>
    public static SchemaProvider Schemas
    {
        get
        {
            _ = SharedData.SchemaFolder;
            return Shared.Value;
        }
    }

    public static async Task<(List<OcdsProblem> Problems, ValidationCounts Counts)> ValidateText(string text)
    {
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.json");
        return await Validate(reader);
    }

    public static async Task<(List<OcdsProblem> Problems, ValidationCounts Counts)> ValidateFile(string path)
    {
        using var reader = OcdsReader.Open(path);
        return await Validate(reader);
    }

    private static async Task<(List<OcdsProblem>, ValidationCounts)> Validate(OcdsReader reader)
    {
        var problems = new List<OcdsProblem>();
        var counts = await new OcdsValidator(Schemas).ValidateAsync(reader, problems.Add, TestContext.Current.CancellationToken);
        return (problems, counts);
    }
}
