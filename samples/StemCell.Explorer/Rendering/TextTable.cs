namespace StemCell.Explorer.Rendering;

/// <summary>A titled table of text cells, drawn by a <see cref="Screen"/> in whichever style it has.</summary>
/// <param name="Title">The title, printed with the row count, such as <c>Diseases (2)</c>.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record TextTable(string Title, IReadOnlyList<TextColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Gets the title with the row count.</summary>
    public string TitleWithCount => $"{Title} ({Rows.Count})";
}

/// <summary>A column of a <see cref="TextTable"/>.</summary>
/// <param name="Header">The header.</param>
/// <param name="Wraps">
/// Whether a narrow terminal may wrap its cells over several lines: true for prose and lists, false (the default, and
/// what a plain string converts to) for identifiers and codes, which are never broken.
/// </param>
/// <param name="LeftOutFirst">
/// 0 (the default) for a column a table is not read without; otherwise, for a column a narrow terminal may leave out,
/// the order it goes in: the highest first. Plain output, having no width, always has every column.
/// </param>
internal sealed record TextColumn(string Header, bool Wraps = false, int LeftOutFirst = 0)
{
    public static implicit operator TextColumn(string header) => new(header);

    /// <summary>Gets whether a narrow terminal may leave the column out.</summary>
    internal bool IsOptional => LeftOutFirst > 0;

    /// <summary>Creates a column whose cells may wrap.</summary>
    internal static TextColumn Wrapping(string header) => new(header, Wraps: true);

    /// <summary>Returns this column as one a narrow terminal may leave out, before those with a lower <paramref name="order"/>.</summary>
    internal TextColumn LeftOut(int order) => this with { LeftOutFirst = order };
}
