using System.Text.RegularExpressions;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>The fenced code blocks of a Markdown document, in order.</summary>
internal static partial class Markdown
{
    internal static IReadOnlyList<CodeBlock> CodeBlocks(string markdown) =>
        [.. Fence().Matches(markdown.ReplaceLineEndings("\n")).Select(m => new CodeBlock(m.Groups["language"].Value, m.Groups["code"].Value, m.Index))];

    /// <summary>The first code block of a language after a heading.</summary>
    internal static CodeBlock After(string markdown, string heading, string language)
    {
        markdown = markdown.ReplaceLineEndings("\n");
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The document has no heading '{heading}'.");
        return CodeBlocks(markdown).First(b => b.Position > start && b.Language == language);
    }

    [GeneratedRegex(@"^```(?<language>\w*)\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}

/// <summary>A fenced code block: its language, its text (ending with a newline), and where it starts.</summary>
internal sealed record CodeBlock(string Language, string Code, int Position);
