"""Attività e cronoprogramma: the activity list, its form and the Gantt timeline."""
