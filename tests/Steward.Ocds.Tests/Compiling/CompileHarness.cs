using System.Text;
using System.Text.Json.Nodes;
using Steward.Ocds.Compiling;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;

namespace Steward.Ocds.Tests.Compiling;

internal static class CompileHarness
{
    public static (List<JsonObject> Compiled, OcdsCompiler Compiler) CompileText(string text, CompileOptions? options = null)
    {
        var compiler = new OcdsCompiler(options);
        using (var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.json"))
        {
            compiler.Read(reader);
        }

        return (Write(compiler), compiler);
    }

    public static (List<JsonObject> Compiled, OcdsCompiler Compiler) CompileFiles(params string[] paths)
    {
        var compiler = new OcdsCompiler();
        foreach (var path in paths)
        {
            using var reader = OcdsReader.Open(path);
            compiler.Read(reader);
        }

        return (Write(compiler), compiler);
    }

    private static List<JsonObject> Write(OcdsCompiler compiler)
    {
        using var output = new MemoryStream();
        compiler.WriteReleases(output, MergeRules.Ocds11);
        return Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();
    }
}
