"""The OCS GE itself: nomenclature, départements, minimum mapping units and styles; takes nothing, gives the codes every stage speaks."""
