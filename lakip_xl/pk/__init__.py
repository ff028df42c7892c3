"""Perjanjian Kinerja documents from the workbook (`lakip pk`): one PK per official."""
