using System.Text;
using StemCell.Explorer.Validation;

namespace StemCell.Explorer.Tests;

public class JsonLineMapTests
{
    private const string Document = """
        {
          "formatVersion": "1.0",
          "sources": [],
          "studies": [
            {
              "id": "a",
              "courses": [
                "x",
                "y"
              ],
              "odd name": { "inner": 1 }
            }
          ]
        }
        """;

    private static int? LineOf(string document, string path)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document));
        return JsonLineMap.TryCreate(stream, [path])!.LineOf(path);
    }

    [Theory]
    [InlineData("$.formatVersion", 2)]
    [InlineData("$.sources", 3)]
    [InlineData("$.studies", 4)]
    [InlineData("$.studies[0]", 5)]
    [InlineData("$.studies[0].id", 6)]
    [InlineData("$.studies[0].courses[1]", 9)]
    [InlineData("$.studies[0]['odd name']", 11)]
    [InlineData("$.studies[0]['odd name'].inner", 11)]
    public void LineOf_APathInTheDocument_IsTheLineItStartsOn(string path, int line)
    {
        Assert.Equal(line, LineOf(Document, path));
    }

    [Theory]
    [InlineData("$.studies[0].title", 5)]
    [InlineData("$.studies[0].courses[7]", 7)]
    [InlineData("$.studies[3].id", 4)]
    public void LineOf_AMissingPath_IsTheLineOfItsNearestEnclosingValue(string path, int line)
    {
        Assert.Equal(line, LineOf(Document, path));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.nothing")]
    [InlineData("studies[0]")]
    [InlineData("")]
    public void LineOf_TheRootOrNoPath_IsUnknown(string path)
    {
        Assert.Null(LineOf(Document, path));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"a\": }")]
    [InlineData("")]
    public void TryCreate_MalformedJson_ReturnsNull(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Assert.Null(JsonLineMap.TryCreate(stream, ["$.a"]));
    }

    [Fact]
    public void LineOf_APathFarIntoALongDocument_CountsEveryLineBeforeIt()
    {
        // Longer than the map's 64 KB buffer many times over, so lines are counted across refills of it.
        var studies = Enumerable.Range(0, 5000).Select(i => $"    {{\n      \"id\": \"study-{i}\",\n      \"notes\": \"{new string('x', 40)}\"\n    }}");
        var document = "{\n  \"studies\": [\n" + string.Join(",\n", studies) + "\n  ]\n}\n";

        // Study i starts on line 3 + 4i, and its notes are two lines further down.
        Assert.Equal(3 + (4 * 4321) + 2, LineOf(document, "$.studies[4321].notes"));
        Assert.Equal(3 + (4 * 4999), LineOf(document, "$.studies[4999]"));
    }
}
