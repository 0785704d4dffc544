using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>
/// The one exception <see cref="StemCellJson"/> throws for a document it cannot accept, whatever is wrong with it:
/// malformed JSON, invalid UTF-8, a wrong type, a missing, unknown or duplicate property, an unknown code, an
/// out-of-range value, trailing content, nesting too deep, an unsupported format version, or a problem the
/// model's validation finds.
/// </summary>
/// <remarks>
/// <see cref="Problems"/> lists every problem found, each with its JSON path (<c>$.studies[2].findings[0].result</c>)
/// and what was expected; a problem the reader sees in the bytes also gives its line and position (one-based) in its
/// message. A document that is not well-formed JSON stops at its first error, so it has that one problem. A
/// well-formed document is read to the end and every problem is reported. <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> (both zero-based) are those of the first problem, when it has them.
/// <see cref="JsonException.Path"/> is the path of the first problem, except for a model object read through
/// <c>JsonSerializer</c> inside the caller's own document: there it is where that object sits, and each problem's path
/// starts from it (such a reader sees the object, not the caller's document, so it gives no lines but malformed JSON's).
/// </remarks>
public sealed class StemCellJsonException : JsonException
{
    private readonly ImmutableArray<ValidationProblem> _problems;

    // Set only for a value read inside the caller's document; its problems are relative to Path.
    private readonly string? _subject;

    /// <summary>Initializes a new instance of the <see cref="StemCellJsonException"/> class with no problems.</summary>
    public StemCellJsonException()
        : this("The document is not a valid StemCell.Domain dataset.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StemCellJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StemCellJsonException(string message)
        : base(message)
    {
        _problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="StemCellJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StemCellJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        _problems = [];
    }

    private StemCellJsonException(
        string message, ImmutableArray<ValidationProblem> problems, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, problems.IsEmpty ? null : problems[0].Path, lineNumber, bytePositionInLine, innerException)
    {
        _problems = problems;
    }

    // A model object read through JsonSerializer inside the caller's own document: the converter cannot know where
    // the value sits, so it leaves Path null, System.Text.Json sets it to the value's path on the way out, and the
    // problems (paths relative to the value) are read from there.
    private StemCellJsonException(string subject, ImmutableArray<ValidationProblem> relativeProblems, Exception? innerException)
        : base(Describe($"The {subject} is not valid", relativeProblems), innerException)
    {
        _problems = relativeProblems;
        _subject = subject;
    }

    /// <summary>Gets every problem found in the document.</summary>
    /// <value>The problems in document order, each with its JSON path and a message saying what was expected.</value>
    public ImmutableArray<ValidationProblem> Problems =>
        _subject is null || Path is null or "$"
            ? _problems
            : [.. _problems.Select(p => new ValidationProblem(Rebase(Path, p.Path), p.Message))];

    /// <inheritdoc />
    public override string Message => _subject is null || Path is null or "$" ? base.Message : Describe($"The {_subject} is not valid", Problems);

    /// <summary>The exception for a document's problems; <paramref name="location"/> is the first problem's line and position, when it has them.</summary>
    internal static StemCellJsonException FromProblems(ImmutableArray<ValidationProblem> problems, (long Line, long Position)? location = null) =>
        new(Describe("The document is not a valid StemCell.Domain dataset", problems), problems, location?.Line, location?.Position, innerException: null);

    /// <summary>
    /// Creates the exception for a model object read on its own through <c>JsonSerializer</c>, from problems
    /// whose paths are relative to the value (<c>$</c> is the value itself).
    /// </summary>
    /// <param name="subject">What was read, such as <c>Study</c>.</param>
    /// <param name="problems">The problems, relative to the value.</param>
    /// <param name="atRoot">
    /// Whether the value is the whole document, so the paths are already the caller's; otherwise System.Text.Json adds
    /// where the value sits, and the paths are taken from there.
    /// </param>
    /// <param name="lineNumber">Where the first problem is, when the JSON reader knows.</param>
    /// <param name="bytePositionInLine">Where in its line the first problem is.</param>
    /// <param name="innerException">The cause.</param>
    internal static StemCellJsonException ForValue(
        string subject, ImmutableArray<ValidationProblem> problems, bool atRoot, long? lineNumber, long? bytePositionInLine, Exception? innerException) =>
        atRoot
            ? new StemCellJsonException(Describe($"The {subject} is not valid", problems), problems, lineNumber, bytePositionInLine, innerException)
            : new StemCellJsonException(subject, problems, innerException);

    /// <summary>The message: what is not valid, then its one problem, or how many there are and each on a line of its own.</summary>
    private static string Describe(string notValid, ImmutableArray<ValidationProblem> problems)
    {
        if (problems.Length == 1)
        {
            return $"{notValid}: {problems[0].Path}: {problems[0].Message}";
        }

        var message = new StringBuilder($"{notValid}: {problems.Length} problems.");
        foreach (var problem in problems)
        {
            message.Append('\n').Append(problem.Path).Append(": ").Append(problem.Message);
        }

        return message.ToString();
    }

    private static string Rebase(string basePath, string relativePath) =>
        relativePath == "$" ? basePath : basePath + relativePath[1..];
}
