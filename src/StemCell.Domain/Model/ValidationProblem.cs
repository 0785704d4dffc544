namespace StemCell.Domain.Model;

/// <summary>One problem that validation found: where it is, and what is wrong.</summary>
/// <remarks>
/// <para>
/// <see cref="Path"/> names the offending value by the camelCase property names of the model's wire format and the
/// zero-based index of each list element, joined by dots: <c>studies[2].findings[0].result.numerator</c>. The path
/// of a problem with a whole object is the object's own path; paths returned by a value object's try path (such as
/// <see cref="Proportion.TryCreate"/>) are relative to that value, so a reader prefixes them with where the value sits.
/// </para>
/// <para>Equality: two problems are equal when their paths and messages are equal (ordinal comparison).</para>
/// </remarks>
public sealed record ValidationProblem
{
    /// <summary>Initializes a new instance of the <see cref="ValidationProblem"/> class.</summary>
    /// <param name="path">Where the problem is, such as <c>studies[2].courses[0]</c>; empty for the object validated itself.</param>
    /// <param name="message">What is wrong, as a sentence a person can act on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty or white space, or starts or ends with white space.</exception>
    public ValidationProblem(string path, string message)
    {
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>Gets where the problem is.</summary>
    /// <value>A path such as <c>studies[2].findings[0].result</c>, or the empty string for the object validated itself.</value>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    /// <value>A sentence naming the rule that was broken and the values that broke it.</value>
    public string Message { get; }

    /// <summary>Returns the problem as <c>path: message</c>.</summary>
    /// <returns>The path and the message, or the message alone when the path is empty.</returns>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
