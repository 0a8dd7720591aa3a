namespace TreatyExplainer.Content;

/// <summary>
/// A number an infobox shows with where it comes from: an island's area in km² and the year of the survey, or its
/// population and the day it was counted. <see cref="Source"/> names a reference or source; the infobox cites it.
/// </summary>
public sealed record SourcedFigure(decimal Value, PartialDate Date, Located<string> Source);
