"""Cleaning of plain-text dumps: boilerplate lines, title, header date, credited source."""
